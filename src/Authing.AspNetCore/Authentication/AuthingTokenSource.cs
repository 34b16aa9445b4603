using Microsoft.AspNetCore.Http;

namespace Authing.AspNetCore.Authentication;

/// <summary>Reads a UserToken from a request; returns <see langword="null"/> when the request carries none there.</summary>
/// <param name="request">The incoming request.</param>
/// <returns>The token, or <see langword="null"/>.</returns>
public delegate string? AuthingTokenSource(HttpRequest request);
