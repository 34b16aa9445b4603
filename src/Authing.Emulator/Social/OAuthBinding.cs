namespace Authing.Emulator.Social;

/// <summary>A social login bound to a user.</summary>
public sealed record OAuthBinding(string Id, string UserId, string Client, string Type, string Unionid, string UserInfo, DateTimeOffset CreatedAt);
