using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace Authing.Emulator.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: reads the request, executes it and writes the response map. Request errors answer 4xx;
/// parse and validation errors answer 200 (or 400 when the client prefers
/// <c>application/graphql-response+json</c>); nothing answers 500.
/// </summary>
internal sealed class GraphQLHttpHandler(
    GraphQLExecutor executor,
    Func<HttpContext, object?> requestState,
    ILogger<GraphQLHttpHandler> logger)
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    private static readonly JsonSerializerOptions ResponseOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task HandleAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        var mediaType = PreferredMediaType(context.Request);
        try
        {
            var request = await GraphQLHttpRequestReader.ReadAsync(context.Request, executor.Limits.MaxRequestBytes, ct).ConfigureAwait(false);
            var isGet = HttpMethods.IsGet(context.Request.Method);
            var result = await executor.ExecuteAsync(request, requestState(context), allowMutations: !isGet, ct).ConfigureAwait(false);
            var status = result.Outcome switch
            {
                GraphQLOutcome.MutationNotAllowed => StatusCodes.Status405MethodNotAllowed,
                GraphQLOutcome.RequestError when mediaType == GraphQLResponse => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status200OK,
            };
            if (result.Outcome == GraphQLOutcome.MutationNotAllowed)
            {
                context.Response.Headers.Allow = HttpMethods.Post;
            }

            await WriteAsync(context, status, mediaType, result.Response, ct).ConfigureAwait(false);
        }
        catch (GraphQLHttpRequestException e)
        {
            await WriteAsync(context, e.StatusCode, mediaType, ErrorBody(e.Message), ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            context.Abort();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            GraphQLLog.RequestFailed(logger, e);
            if (!context.Response.HasStarted)
            {
                await WriteAsync(context, StatusCodes.Status200OK, mediaType, ErrorBody("Internal server error"), ct).ConfigureAwait(false);
            }
        }
    }

    private static JsonObject ErrorBody(string message)
        => new() { ["errors"] = new JsonArray(new JsonObject { ["message"] = message }) };

    private static async Task WriteAsync(HttpContext context, int status, string mediaType, JsonObject body, CancellationToken ct)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(ResponseOptions), ct).ConfigureAwait(false);
    }

    private static string PreferredMediaType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return Json;
        }

        var preferred = accepted
            .Where(a => (a.Quality ?? 1) > 0)
            .OrderByDescending(a => a.Quality ?? 1)
            .Select(a => a.MediaType.Value)
            .FirstOrDefault(m => string.Equals(m, GraphQLResponse, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m, Json, StringComparison.OrdinalIgnoreCase)
                || m is "*/*" or "application/*");
        return string.Equals(preferred, GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? GraphQLResponse : Json;
    }
}
