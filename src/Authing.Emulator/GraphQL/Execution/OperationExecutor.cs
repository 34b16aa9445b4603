using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Language;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>
/// Executes one validated operation (spec §6.2-6.4). Fields run one after another, which is the serial order
/// mutations require and a valid order for queries. Errors are collected with their path, and a null in a
/// non-null position propagates to the nearest nullable parent.
/// </summary>
internal sealed partial class OperationExecutor(
    GraphQLSchema schema,
    FieldCollector collector,
    IReadOnlyDictionary<string, object?> variables,
    object? requestState,
    ErrorList errors,
    int maxResolvedFields,
    ILogger logger,
    CancellationToken cancellationToken)
{
    /// <summary>The outcome of completing one value: its JSON, or a failure that its parent must absorb.</summary>
    private readonly record struct Completed(JsonNode? Value, bool Failed)
    {
        public static Completed Failure { get; } = new(null, true);

        public static Completed Null { get; } = new(null, false);
    }

    private int resolvedFields;

    public async Task<JsonObject?> ExecuteAsync(ObjectType rootType, SelectionSetNode selectionSet)
    {
        var fields = Collect(rootType, [selectionSet], [selectionSet.Location], null);
        var completed = fields is null ? Completed.Failure : await ExecuteFieldsAsync(rootType, null, fields, null).ConfigureAwait(false);
        return completed.Value as JsonObject;
    }

    private async Task<Completed> ExecuteFieldsAsync(
        ObjectType type,
        object? source,
        OrderedDictionary<string, List<FieldNode>> fields,
        ResponsePath? path)
    {
        var result = new JsonObject();
        foreach (var (responseName, nodes) in fields)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (++resolvedFields > maxResolvedFields)
            {
                throw new ResolvedFieldLimitException(maxResolvedFields);
            }

            var definition = schema.FindField(type, nodes[0].Name);
            if (definition is null)
            {
                continue;
            }

            var fieldPath = ResponsePath.Field(path, responseName);
            var completed = definition == Introspection.IntrospectionTypes.Instance.TypeNameField
                ? new Completed(JsonValue.Create(type.Name), false)
                : await ExecuteFieldAsync(type, source, definition, nodes, fieldPath).ConfigureAwait(false);
            if (completed.Failed)
            {
                return Completed.Failure;
            }

            result[responseName] = completed.Value;
        }

        return new Completed(result, false);
    }

    private async Task<Completed> ExecuteFieldAsync(
        ObjectType parentType,
        object? source,
        FieldDefinition definition,
        List<FieldNode> nodes,
        ResponsePath path)
    {
        object? resolved;
        try
        {
            var arguments = ArgumentCoercion.Coerce(definition.Arguments, nodes[0].Arguments, variables);
            var context = new ResolveContext(source, definition, arguments, requestState, cancellationToken);
            resolved = await definition.Resolver(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (GraphQLFieldException e)
        {
            errors.Add(new GraphQLError(e.ErrorMessage, Locations(nodes), path, e.Extensions));
            return NullOrFailure(definition.Type);
        }
        catch (InputCoercionException e)
        {
            errors.Add(new GraphQLError(JsonValue.Create(e.Message), Locations(nodes), path));
            return NullOrFailure(definition.Type);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            GraphQLLog.ResolverFailed(logger, e, parentType.Name, definition.Name);
            errors.Add(new GraphQLError(JsonValue.Create("Internal server error"), Locations(nodes), path));
            return NullOrFailure(definition.Type);
        }

        return await CompleteAsync(definition.Type, nodes, resolved, path).ConfigureAwait(false);
    }

    /// <summary>Collects fields; a directive argument that cannot be coerced (a null variable) is reported here.</summary>
    private OrderedDictionary<string, List<FieldNode>>? Collect(
        ObjectType type,
        IEnumerable<SelectionSetNode> selectionSets,
        SourceLocation[] locations,
        ResponsePath? path)
    {
        try
        {
            return collector.Collect(type, selectionSets);
        }
        catch (InputCoercionException e)
        {
            errors.Add(new GraphQLError(JsonValue.Create(e.Message), locations, path));
            return null;
        }
    }

    private static Completed NullOrFailure(GraphQLType type) => type is NonNullType ? Completed.Failure : Completed.Null;

    private static SourceLocation[] Locations(List<FieldNode> nodes) => [nodes[0].Location];
}
