namespace Authing.Samples.WebApi.Me;

/// <summary>The body of <c>GET /me</c>.</summary>
/// <param name="Name">The user id (the identity's name claim is <c>sub</c>).</param>
/// <param name="Claims">Every claim of the principal, in order.</param>
internal sealed record MeResponse(string? Name, IReadOnlyList<ClaimResponse> Claims);
