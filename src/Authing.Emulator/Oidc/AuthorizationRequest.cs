using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Authing.Emulator.Oidc;

/// <summary>
/// The parameters of an authorization request, as sent to <c>/oauth/oidc/auth</c>. The login and consent forms carry
/// them back in a hidden field (<see cref="Encoded"/>), so every step validates the request again.
/// </summary>
public sealed class AuthorizationRequest
{
    private static readonly string[] PromptValues = ["none", "login", "consent", "select_account"];
    private readonly Dictionary<string, StringValues> parameters;

    private AuthorizationRequest(Dictionary<string, StringValues> parameters) => this.parameters = parameters;

    /// <summary>The <c>client_id</c>.</summary>
    public string? ClientId => Single("client_id");

    /// <summary>The <c>redirect_uri</c>; empty when missing.</summary>
    public string RedirectUri => Single("redirect_uri") ?? string.Empty;

    /// <summary>The <c>state</c>, returned as is.</summary>
    public string? State => Single("state");

    /// <summary>The <c>nonce</c>, copied into the id_token.</summary>
    public string? Nonce => Single("nonce");

    /// <summary>The known scopes asked for, space separated.</summary>
    public string Scope => OidcScopes.Join(OidcScopes.Parse(Single("scope")));

    /// <summary>The PKCE <c>code_challenge</c>, when sent.</summary>
    public string? CodeChallenge => Single("code_challenge");

    /// <summary>The <c>prompt</c> values.</summary>
    public IReadOnlyList<string> Prompt => (Single("prompt") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The parameters as a query string (without <c>?</c>), for the forms' hidden field.</summary>
    public string Encoded => QueryString.Create(parameters.SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value)))).ToUriComponent().TrimStart('?');

    /// <summary>Reads a request from query or form parameters.</summary>
    public static AuthorizationRequest From(IEnumerable<KeyValuePair<string, StringValues>> values)
        => new(values.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal));

    /// <summary>Reads a request from the forms' hidden field.</summary>
    public static AuthorizationRequest FromEncoded(string? encoded) => From(QueryHelpers.ParseQuery(encoded));

    /// <summary>
    /// Checks everything but the client and the redirect URI (checked first, by the caller): the error to send back to
    /// the client, or null.
    /// </summary>
    public OidcProtocolException? Problem(OidcApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (parameters.FirstOrDefault(pair => pair.Value.Count > 1) is { Key: { } repeated })
        {
            return OidcProtocolException.InvalidRequest($"The {repeated} parameter is repeated.");
        }

        if (parameters.ContainsKey("request"))
        {
            return new OidcProtocolException("request_not_supported", "Request objects are not supported.");
        }

        if (parameters.ContainsKey("request_uri"))
        {
            return new OidcProtocolException("request_uri_not_supported", "request_uri is not supported.");
        }

        if (Single("response_type") != "code")
        {
            return new OidcProtocolException("unsupported_response_type", "Only response_type=code is supported.");
        }

        if (Single("response_mode") is { } mode && mode != "query")
        {
            return OidcProtocolException.InvalidRequest("Only response_mode=query is supported.");
        }

        if (!app.Allows(OidcGrantTypes.AuthorizationCode))
        {
            return new OidcProtocolException("unauthorized_client", "The app may not use the authorization code grant.");
        }

        if (!OidcScopes.Contains(Scope, OidcScopes.OpenId))
        {
            return new OidcProtocolException("invalid_scope", "The scope must contain openid.");
        }

        return PkceProblem() ?? PromptProblem();
    }

    private OidcProtocolException? PkceProblem()
    {
        var method = Single("code_challenge_method");
        if (CodeChallenge is null)
        {
            return method is null ? null : OidcProtocolException.InvalidRequest("code_challenge_method was sent without a code_challenge.");
        }

        if (method != "S256")
        {
            return OidcProtocolException.InvalidRequest("code_challenge_method must be S256.");
        }

        return CodeChallenge.Length == 43 && CodeChallenge.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? null
            : OidcProtocolException.InvalidRequest("code_challenge must be the base64url SHA-256 of the code_verifier (43 characters).");
    }

    private OidcProtocolException? PromptProblem()
    {
        var prompt = Prompt;
        if (prompt.Any(value => !PromptValues.Contains(value, StringComparer.Ordinal)))
        {
            return OidcProtocolException.InvalidRequest($"prompt accepts {string.Join(", ", PromptValues)}.");
        }

        return prompt.Contains("none") && prompt.Count > 1
            ? OidcProtocolException.InvalidRequest("prompt=none cannot be combined with other values.")
            : null;
    }

    private string? Single(string name)
        => parameters.TryGetValue(name, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;
}
