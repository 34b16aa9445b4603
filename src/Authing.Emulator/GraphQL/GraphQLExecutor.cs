using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Execution;
using Authing.Emulator.GraphQL.Language;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;
using Authing.Emulator.GraphQL.Validation;
using Microsoft.Extensions.Logging;

namespace Authing.Emulator.GraphQL;

/// <summary>
/// Parses, validates and executes GraphQL requests against one schema. Parsed and validated documents are cached
/// by query text. The result is the spec's response map: <c>errors</c> when there are any, and <c>data</c> once
/// execution started.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly GraphQLSchema schema;
    private readonly GraphQLLimits limits;
    private readonly ILogger<GraphQLExecutor> logger;
    private readonly ConcurrentDictionary<string, PreparedDocument> cache = new(StringComparer.Ordinal);

    /// <summary>Creates an executor; throws when the schema has two types of one name or a limit is not positive.</summary>
    public GraphQLExecutor(GraphQLSchema schema, GraphQLLimits limits, ILogger<GraphQLExecutor> logger)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(logger);
        limits.Validate();
        schema.EnsureValid();
        this.schema = schema;
        this.limits = limits;
        this.logger = logger;
    }

    /// <summary>The limits this executor enforces.</summary>
    public GraphQLLimits Limits => limits;

    /// <summary>Executes <paramref name="request"/>; <paramref name="requestState"/> reaches every resolver.</summary>
    public async Task<JsonObject> ExecuteAsync(GraphQLRequest request, object? requestState, CancellationToken ct)
    {
        var result = await ExecuteAsync(request, requestState, allowMutations: true, ct).ConfigureAwait(false);
        return result.Response;
    }

    internal async Task<GraphQLExecutionResult> ExecuteAsync(GraphQLRequest request, object? requestState, bool allowMutations, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ErrorList(limits.MaxErrors);
        try
        {
            if (request.Query.Length > limits.MaxDocumentLength)
            {
                return Refused(errors, new GraphQLError($"The document is {request.Query.Length} characters long; the limit is {limits.MaxDocumentLength}."));
            }

            var prepared = Prepare(request.Query);
            if (prepared.Document is null)
            {
                return new GraphQLExecutionResult(
                    new JsonObject { ["errors"] = new JsonArray([.. prepared.Errors.Select(e => e.ToJson())]) },
                    GraphQLOutcome.RequestError);
            }

            var operation = SelectOperation(prepared.Document, request.OperationName, out var selectionError);
            if (operation is null)
            {
                return Refused(errors, selectionError!);
            }

            if (operation.Operation == OperationType.Mutation && !allowMutations)
            {
                var refusal = Refused(errors, new GraphQLError("Mutations are only accepted over POST.", operation.Location));
                return refusal with { Outcome = GraphQLOutcome.MutationNotAllowed };
            }

            var rootType = operation.Operation switch
            {
                OperationType.Query => schema.Query,
                OperationType.Mutation => schema.Mutation,
                _ => null,
            };
            if (rootType is null)
            {
                return Refused(errors, new GraphQLError($"This server does not support {operation.Operation.ToString().ToLowerInvariant()} operations.", operation.Location));
            }

            var coercionErrors = new List<GraphQLError>();
            var variables = VariableCoercion.Coerce(schema, operation, request.Variables, coercionErrors);
            if (coercionErrors.Count > 0)
            {
                return Refused(errors, [.. coercionErrors]);
            }

            var fragments = prepared.Document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name, StringComparer.Ordinal);
            var executor = new OperationExecutor(
                schema,
                new FieldCollector(schema, fragments, variables),
                variables,
                requestState,
                errors,
                limits.MaxResolvedFields,
                logger,
                ct);
            JsonObject? data;
            try
            {
                data = await executor.ExecuteAsync(rootType, operation.SelectionSet).ConfigureAwait(false);
            }
            catch (ResolvedFieldLimitException e)
            {
                errors.Add(new GraphQLError(e.Message));
                data = null;
            }

            var response = new JsonObject();
            if (errors.Count > 0)
            {
                response["errors"] = errors.ToJson();
            }

            response["data"] = data;
            return new GraphQLExecutionResult(response, GraphQLOutcome.Executed);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            GraphQLLog.RequestFailed(logger, e);
            return Refused(new ErrorList(limits.MaxErrors), new GraphQLError("Internal server error"));
        }
    }

    private static GraphQLExecutionResult Refused(ErrorList errors, params IReadOnlyList<GraphQLError> reasons)
    {
        errors.AddRange(reasons);
        return new GraphQLExecutionResult(new JsonObject { ["errors"] = errors.ToJson() }, GraphQLOutcome.RequestError);
    }

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        error = null;
        if (string.IsNullOrEmpty(operationName))
        {
            if (operations.Count == 1)
            {
                return operations[0];
            }

            error = new GraphQLError(operations.Count == 0
                ? "The document contains no operation."
                : "The document contains several operations; operationName must say which one to run.");
            return null;
        }

        var selected = operations.FirstOrDefault(o => o.Name == operationName);
        if (selected is null)
        {
            error = new GraphQLError($"Unknown operation named \"{operationName}\".");
        }

        return selected;
    }

    private PreparedDocument Prepare(string query)
    {
        if (cache.TryGetValue(query, out var cached))
        {
            return cached;
        }

        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, limits.MaxDepth);
            var errors = DocumentValidator.Validate(schema, document, limits);
            prepared = new PreparedDocument(errors.Count == 0 ? document : null, errors);
        }
        catch (GraphQLSyntaxException e)
        {
            prepared = new PreparedDocument(null, [new GraphQLError(e.Message, e.Location)]);
        }

        if (cache.Count >= limits.MaxCachedDocuments)
        {
            cache.Clear();
        }

        cache.TryAdd(query, prepared);
        return prepared;
    }
}
