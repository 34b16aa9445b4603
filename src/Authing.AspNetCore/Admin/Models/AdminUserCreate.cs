using System.ComponentModel.DataAnnotations;

namespace Authing.AspNetCore.Admin;

/// <summary>A user to register: an e-mail address or a user name, and a password.</summary>
/// <remarks>A class, not a record: its text form (used by framework logs of action arguments) never shows the password.</remarks>
public sealed class AdminUserCreate : IValidatableObject
{
    /// <summary>The e-mail address.</summary>
    [EmailAddress]
    [StringLength(254)]
    public string? Email { get; init; }

    /// <summary>The user name.</summary>
    [StringLength(64, MinimumLength = 1)]
    public string? Username { get; init; }

    /// <summary>The phone number, stored with the user (registering by phone alone needs an SMS code, which this route does not take).</summary>
    [Phone]
    [StringLength(32)]
    public string? Phone { get; init; }

    /// <summary>The password, in clear over HTTPS; encrypted for Authing and never logged or returned.</summary>
    [Required]
    [StringLength(128, MinimumLength = 1)]
    public string? Password { get; init; }

    /// <summary>The nickname.</summary>
    [StringLength(64)]
    public string? Nickname { get; init; }

    /// <summary>The avatar URL.</summary>
    [Url]
    [StringLength(2048)]
    public string? Photo { get; init; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Username))
        {
            yield return new ValidationResult("Give an e-mail address or a user name.", [nameof(Email), nameof(Username)]);
        }
    }

    /// <summary>The type name and identifiers, never the password.</summary>
    /// <returns>A text for diagnostics.</returns>
    public override string ToString() => $"{nameof(AdminUserCreate)} {{ {nameof(Email)} = {Email}, {nameof(Username)} = {Username} }}";
}
