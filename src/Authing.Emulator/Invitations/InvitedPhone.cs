namespace Authing.Emulator.Invitations;

/// <summary>A phone on a pool's registration whitelist.</summary>
public sealed record InvitedPhone(string Client, string QrCodePhone);
