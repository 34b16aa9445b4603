using Authing.AspNetCore.Client;

namespace Authing.Samples.Mvc.Models;

/// <summary>The profile page: the user as Authing knows them, and the edit form.</summary>
/// <param name="User">The user.</param>
/// <param name="Form">The profile form, filled from <paramref name="User"/> or as posted.</param>
public sealed record ProfilePage(AuthingUser User, ProfileForm Form);
