using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;

namespace Authing.Emulator.GraphQL.Http;

/// <summary>Reads a <see cref="GraphQLRequest"/> from a GET query string or a POST JSON body.</summary>
internal static class GraphQLHttpRequestReader
{
    public static async Task<GraphQLRequest> ReadAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            var query = request.Query["query"];
            if (query.Count != 1 || string.IsNullOrEmpty(query[0]))
            {
                throw BadRequest("The query string must have one \"query\" parameter.");
            }

            var variables = request.Query["variables"] is { Count: 1 } text && !string.IsNullOrEmpty(text[0])
                ? ParseVariables(text[0]!)
                : null;
            return new GraphQLRequest(query[0]!, NullIfEmpty(request.Query["operationName"].FirstOrDefault()), variables);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json in UTF-8.");
        }

        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var body = await ReadBodyAsync(request.Body, maxBytes, ct).ConfigureAwait(false);
        return FromBody(body);
    }

    private static GraphQLRequest FromBody(byte[] body)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            throw BadRequest("The request body is not valid JSON.");
        }

        if (parsed is not JsonObject obj)
        {
            throw BadRequest("The request body must be a JSON object.");
        }

        if (!obj.TryGetPropertyValue("query", out var query) || query is not JsonValue queryValue || !queryValue.TryGetValue<string>(out var queryText))
        {
            throw BadRequest("The request body must have a string \"query\".");
        }

        if (obj["extensions"] is not null and not JsonObject)
        {
            throw BadRequest("\"extensions\" must be an object.");
        }

        return new GraphQLRequest(queryText, OptionalString(obj, "operationName"), OptionalObject(obj, "variables"));
    }

    private static string? OptionalString(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => NullIfEmpty(text),
        _ => throw BadRequest($"\"{name}\" must be a string."),
    };

    private static JsonObject? OptionalObject(JsonObject obj, string name) => obj[name] switch
    {
        null => null,
        JsonObject value => value,
        _ => throw BadRequest($"\"{name}\" must be an object."),
    };

    private static JsonObject ParseVariables(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw BadRequest("\"variables\" must be a JSON object.");
        }
        catch (JsonException)
        {
            throw BadRequest("\"variables\" is not valid JSON.");
        }
    }

    private static async Task<byte[]> ReadBodyAsync(Stream body, int maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static GraphQLHttpRequestException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    private static GraphQLHttpRequestException TooLarge(int maxBytes)
        => new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");
}
