namespace Authing.Emulator.Pools;

/// <summary>A user pool (an Authing "client"): its id, secret, name and the key its UserTokens are signed with.</summary>
public sealed record UserPool(string Id, string Secret, string Name, string JwtSecret, DateTimeOffset CreatedAt);
