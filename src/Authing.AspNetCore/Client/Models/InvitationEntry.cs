namespace Authing.AspNetCore.Client;

/// <summary>A phone number on the invitation whitelist.</summary>
public sealed record InvitationEntry
{
    /// <summary>The user pool id.</summary>
    public string? Client { get; init; }

    /// <summary>The whitelisted phone number.</summary>
    public string? QrCodePhone { get; init; }
}
