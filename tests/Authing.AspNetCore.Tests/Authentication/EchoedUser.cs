namespace Authing.AspNetCore.Tests.Authentication;

/// <summary>What the test app's echo endpoint answers: the principal's claims and the ticket's properties.</summary>
internal sealed record EchoedUser(EchoedClaim[] Claims, DateTimeOffset? IssuedUtc, DateTimeOffset? ExpiresUtc, string? AccessToken)
{
    public string? Value(string type) => Claims.SingleOrDefault(claim => claim.Type == type)?.Value;
}

/// <summary>One claim as the echo endpoint writes it.</summary>
internal sealed record EchoedClaim(string Type, string Value);
