using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Authing.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace Authing.AspNetCore.Client;

/// <summary>Sends GraphQL and REST requests to Authing and turns every failure into an <see cref="AuthingException"/>.</summary>
internal sealed class AuthingTransport(
    Func<HttpClient> createHttpClient,
    AuthingClientOptions options,
    TimeProvider timeProvider,
    ILogger logger,
    AuthingInstrumentation instrumentation)
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    /// <summary>Sends a GraphQL operation and reads its root field with <paramref name="read"/>.</summary>
    /// <returns>The result, or <see langword="default"/> when the field is <see langword="null"/>.</returns>
    public async Task<T?> SendGraphQLAsync<T>(
        GraphQLOperation operation,
        GraphQLVariables variables,
        string? bearerToken,
        Func<JsonElement, T?> read,
        CancellationToken cancellationToken)
    {
        var gateway = operation.Gateway == AuthingGateway.OAuth ? options.OAuthGateway : options.UsersGateway;
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway)
        {
            Content = new ByteArrayContent(WriteBody(operation, variables)) { Headers = { ContentType = JsonMediaType } },
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        request.Options.Set(AuthingRequestOptions.Idempotent, operation.IsQuery);
        request.Options.Set(AuthingRequestOptions.OperationName, operation.OperationName);
        var sensitive = new SensitiveText([.. variables.SensitiveValues, bearerToken]);
        return await ExchangeAsync(request, operation.OperationName, sensitive, root => ReadGraphQL(operation, sensitive, root, read), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a REST <c>GET</c> and reads the JSON body with <paramref name="read"/>.</summary>
    public async Task<T?> GetAsync<T>(string operationName, string relativePath, Func<JsonElement, T?> read, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(WithTrailingSlash(options.RestBase), relativePath));
        request.Options.Set(AuthingRequestOptions.Idempotent, true);
        request.Options.Set(AuthingRequestOptions.OperationName, operationName);
        return await ExchangeAsync(request, operationName, SensitiveText.None, read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a form-encoded <c>POST</c> (an OAuth token request, never retried) and reads the JSON body with
    /// <paramref name="read"/>; an <c>{error, error_description}</c> answer raises <see cref="AuthingOidcException"/>.
    /// </summary>
    public async Task<T?> PostFormAsync<T>(
        string operationName,
        string relativePath,
        IReadOnlyList<KeyValuePair<string, string>> form,
        SensitiveText sensitive,
        Func<JsonElement, T?> read,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WithTrailingSlash(options.RestBase), relativePath))
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Options.Set(AuthingRequestOptions.Idempotent, false);
        request.Options.Set(AuthingRequestOptions.OperationName, operationName);
        return await ExchangeAsync(request, operationName, sensitive, read, cancellationToken).ConfigureAwait(false);
    }

    private static Uri WithTrailingSlash(Uri baseAddress) =>
        baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");

    private static T? ReadGraphQL<T>(GraphQLOperation operation, SensitiveText sensitive, JsonElement root, Func<JsonElement, T?> read)
    {
        if (ReadError(operation.OperationName, sensitive, root) is { } error)
        {
            throw error;
        }

        return root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("data", out var data)
            && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty(operation.Field, out var field)
            && field.ValueKind != JsonValueKind.Null
            ? read(field)
            : default;
    }

    private static AuthingException? ReadError(string operationName, SensitiveText sensitive, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("errors", out var errors)
            || errors.ValueKind != JsonValueKind.Array
            || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var first = errors[0];
        if (first.ValueKind != JsonValueKind.Object || !first.TryGetProperty("message", out var message))
        {
            return new AuthingException(operationName, null, "Authing returned an error without a message.");
        }

        return message.ValueKind switch
        {
            JsonValueKind.Object => new AuthingException(operationName, ReadCode(message), sensitive.Redact(ReadText(message) ?? "Authing returned an error without a message.")),
            JsonValueKind.String => new AuthingException(operationName, null, sensitive.Redact(message.GetString()!)),
            _ => new AuthingException(operationName, null, sensitive.Redact(message.GetRawText())),
        };
    }

    private static AuthingOidcException? ReadOAuthError(string operationName, SensitiveText sensitive, JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("error", out var error)
        && error.ValueKind == JsonValueKind.String
            ? new AuthingOidcException(
                operationName,
                error.GetString()!,
                root.TryGetProperty("error_description", out var description) && description.ValueKind == JsonValueKind.String
                    ? sensitive.Redact(description.GetString()!)
                    : null)
            : null;

    private static int? ReadCode(JsonElement message)
    {
        if (!message.TryGetProperty("code", out var code))
        {
            return null;
        }

        return code.ValueKind switch
        {
            JsonValueKind.Number when code.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(code.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    private static string? ReadText(JsonElement message) =>
        message.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;

    private static byte[] WriteBody(GraphQLOperation operation, GraphQLVariables variables)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", OperationDocuments.Get(operation));
            writer.WritePropertyName("variables");
            variables.Json.WriteTo(writer);
            writer.WriteString("operationName", operation.OperationName);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task<T?> ExchangeAsync<T>(
        HttpRequestMessage request,
        string operationName,
        SensitiveText sensitive,
        Func<JsonElement, T?> read,
        CancellationToken cancellationToken)
    {
        using var activity = AuthingInstrumentation.StartUpstreamCall(operationName);
        var started = timeProvider.GetTimestamp();
        try
        {
            var (status, body) = await SendAsync(request, operationName, cancellationToken).ConfigureAwait(false);
            using var document = Parse(operationName, status, body);
            if (status is < HttpStatusCode.OK or > (HttpStatusCode)299)
            {
                if (ReadOAuthError(operationName, sensitive, document.RootElement) is { } refused)
                {
                    throw refused;
                }

                var detail = ReadError(operationName, sensitive, document.RootElement) is { AuthingMessage: { } text } ? $": {text}" : ".";
                throw new AuthingTransportException($"Authing answered HTTP {(int)status} to operation '{operationName}'{detail}", status, null);
            }

            var result = Read(operationName, status, document.RootElement, read);
            var elapsed = Elapsed(started);
            AuthingClientLog.OperationCompleted(logger, operationName, elapsed);
            return result;
        }
        catch (AuthingTransportException exception)
        {
            var elapsed = Elapsed(started);
            AuthingClientLog.TransportFailed(logger, operationName, elapsed, exception.Message);
            instrumentation.UpstreamFailed(operationName);
            AuthingInstrumentation.Failed(activity, exception);
            throw;
        }
        catch (AuthingException exception)
        {
            var elapsed = Elapsed(started);
            AuthingClientLog.OperationRejected(logger, operationName, exception.Code, elapsed);
            AuthingInstrumentation.Rejected(activity, exception.Code);
            throw;
        }
        finally
        {
            instrumentation.UpstreamCompleted(operationName, timeProvider.GetElapsedTime(started));
        }
    }

    private async Task<(HttpStatusCode Status, byte[] Body)> SendAsync(HttpRequestMessage request, string operationName, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await createHttpClient().SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return (response.StatusCode, body);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new AuthingTransportException($"Authing operation '{operationName}' timed out after {options.Timeout.TotalSeconds:0.###} s.", null, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AuthingTransportException($"Authing operation '{operationName}' was aborted before an answer arrived.", null, exception);
        }
        catch (HttpRequestException exception)
        {
            throw new AuthingTransportException($"Authing operation '{operationName}' could not reach Authing: {exception.HttpRequestError}.", exception.StatusCode, exception);
        }
    }

    private static T? Read<T>(string operationName, HttpStatusCode status, JsonElement root, Func<JsonElement, T?> read)
    {
        try
        {
            return read(root);
        }
        catch (JsonException exception)
        {
            throw new AuthingTransportException($"Authing answered operation '{operationName}' with JSON of an unexpected shape.", status, exception);
        }
    }

    private static JsonDocument Parse(string operationName, HttpStatusCode status, byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            throw new AuthingTransportException($"Authing answered HTTP {(int)status} to operation '{operationName}' with a body that is not JSON.", status, exception);
        }
    }

    private long Elapsed(long started) => (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
