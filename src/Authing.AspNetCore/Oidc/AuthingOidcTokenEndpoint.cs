using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace Authing.AspNetCore.Oidc;

/// <summary>
/// Posts a form to the provider's token endpoint (client_secret_post). An <c>{error, error_description}</c> answer
/// becomes a failed <see cref="OAuthTokenResponse"/> whose exception carries <c>error</c> and <c>error_description</c>
/// in <see cref="Exception.Data"/>; a network failure or timeout throws.
/// </summary>
internal static class AuthingOidcTokenEndpoint
{
    public const string ErrorKey = "error";
    public const string ErrorDescriptionKey = "error_description";

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    public static async Task<OAuthTokenResponse> RequestAsync(
        HttpClient backchannel, string endpoint, IEnumerable<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Accept.Add(Json);
        using HttpResponseMessage response = await backchannel.SendAsync(request, cancellationToken).ConfigureAwait(false);
        byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        JsonDocument? document = Parse(body);
        if (response.IsSuccessStatusCode && document is not null)
        {
            return OAuthTokenResponse.Success(document);
        }

        string? error = ReadString(document, ErrorKey);
        string? description = ReadString(document, ErrorDescriptionKey);
        document?.Dispose();
        var failure = new AuthenticationFailureException(error is null
            ? $"The token endpoint answered HTTP {(int)response.StatusCode}."
            : $"The token endpoint refused the request: {error}{(description is null ? "." : ": " + description)}");
        failure.Data[ErrorKey] = error;
        failure.Data[ErrorDescriptionKey] = description;
        return OAuthTokenResponse.Failed(failure);
    }

    /// <summary>The OAuth error of a failed token response, if the endpoint named one.</summary>
    public static string? ErrorOf(Exception? failure) => failure?.Data[ErrorKey] as string;

    private static JsonDocument? Parse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadString(JsonDocument? document, string name) =>
        document is not null
        && document.RootElement.ValueKind == JsonValueKind.Object
        && document.RootElement.TryGetProperty(name, out JsonElement value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
