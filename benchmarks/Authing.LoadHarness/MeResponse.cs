namespace Authing.LoadHarness;

/// <summary>The body of <c>GET /me</c>.</summary>
/// <param name="Name">The identity's name.</param>
/// <param name="Claims">Every claim of the principal.</param>
internal sealed record MeResponse(string? Name, IReadOnlyList<ClaimResponse> Claims);
