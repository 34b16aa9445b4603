using Authing.AspNetCore.Client;

namespace Authing.Samples.Mvc.Models;

/// <summary>The social identity providers of the pool and whether the user has bound each.</summary>
/// <param name="Providers">The providers with their binding state.</param>
public sealed record SocialAccountsPage(IReadOnlyList<OAuthBindingState> Providers);
