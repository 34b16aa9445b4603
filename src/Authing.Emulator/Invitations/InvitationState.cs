namespace Authing.Emulator.Invitations;

/// <summary>Whether phone registration of a pool is limited to its whitelist.</summary>
public sealed record InvitationState(string Client, bool EnableQrCode, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
