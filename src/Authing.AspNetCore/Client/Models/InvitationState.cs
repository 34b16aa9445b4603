namespace Authing.AspNetCore.Client;

/// <summary>Whether phone registration is restricted to the invitation whitelist.</summary>
public sealed record InvitationState
{
    /// <summary>The user pool id.</summary>
    public string? Client { get; init; }

    /// <summary>Whether the whitelist restriction is on.</summary>
    public bool? EnableQrCode { get; init; }

    /// <summary>When the setting was created.</summary>
    public string? CreatedAt { get; init; }

    /// <summary>When the setting was last changed.</summary>
    public string? UpdatedAt { get; init; }
}
