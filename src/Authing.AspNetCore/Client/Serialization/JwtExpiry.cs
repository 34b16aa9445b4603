namespace Authing.AspNetCore.Client;

/// <summary>The <c>exp</c> claim of a JWT payload.</summary>
internal sealed record JwtExpiry
{
    public long? Exp { get; init; }
}
