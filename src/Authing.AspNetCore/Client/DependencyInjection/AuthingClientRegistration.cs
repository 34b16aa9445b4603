namespace Authing.AspNetCore.Client;

/// <summary>Marks a name registered with <c>AddAuthingClient</c>.</summary>
internal sealed record AuthingClientRegistration(string Name);
