using System.Security.Claims;

namespace Authing.Benchmarking;

/// <summary>The user the baseline schemes sign in: the claims the Authing scheme issues, with fixed values.</summary>
public static class BenchmarkUser
{
    /// <summary>A new principal of <paramref name="scheme"/>, its claims created bound to their identity (no copies).</summary>
    public static ClaimsPrincipal Create(string scheme)
    {
        var identity = new ClaimsIdentity(scheme, "sub", ClaimTypes.Role);
        Add("sub", "656d756c61746f7200000099");
        Add(ClaimTypes.NameIdentifier, "656d756c61746f7200000099");
        Add("email", "bench@example.com");
        Add("client_id", "656d756c61746f7200000001");
        Add("iat", "1764820800", ClaimValueTypes.Integer64);
        Add("exp", "1766116800", ClaimValueTypes.Integer64);
        return new ClaimsPrincipal(identity);

        void Add(string type, string value, string valueType = ClaimValueTypes.String) =>
            identity.AddClaim(new Claim(type, value, valueType, scheme, scheme, identity));
    }
}
