namespace Authing.Emulator.Users;

/// <summary>One login attempt, successful or not.</summary>
public sealed record LoginHistoryEntry(string Id, string UserId, DateTimeOffset When, bool Success, string? Ip, string Result);
