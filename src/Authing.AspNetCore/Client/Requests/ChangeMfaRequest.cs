namespace Authing.AspNetCore.Client;

/// <summary>Turns a user's MFA on or off (<c>changeMFA</c>), optionally with a new secret.</summary>
public sealed record ChangeMfaRequest
{
    /// <summary>The MFA record, by id, or by user (see <see cref="MfaQuery"/>).</summary>
    public required MfaQuery Target { get; init; }

    /// <summary>Whether password logins need a TOTP code from now on.</summary>
    public required bool Enable { get; init; }

    /// <summary>Replaces the TOTP secret with a new one.</summary>
    public bool RefreshKey { get; init; }
}
