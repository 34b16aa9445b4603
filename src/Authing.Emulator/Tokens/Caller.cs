using Authing.Emulator.Errors;
using Authing.Emulator.Pools;

namespace Authing.Emulator.Tokens;

/// <summary>Who sent a request, judged from its bearer token.</summary>
public abstract record Caller
{
    /// <summary>No token was sent.</summary>
    public sealed record Anonymous : Caller;

    /// <summary>A valid OwnerToken of <paramref name="Pool"/>.</summary>
    public sealed record Owner(UserPool Pool) : Caller;

    /// <summary>A valid UserToken of user <paramref name="UserId"/> in <paramref name="Pool"/>.</summary>
    public sealed record User(UserPool Pool, string UserId) : Caller;

    /// <summary>A token that failed its check.</summary>
    public sealed record Rejected(AuthingError Error) : Caller;
}
