using System.ComponentModel.DataAnnotations;

namespace Authing.AspNetCore.Admin;

/// <summary>Changes to a user: only the properties given are changed. Passwords are not changed through the admin API.</summary>
public sealed record AdminUserUpdate : IValidatableObject
{
    /// <summary>The e-mail address; changing it marks it unverified unless <see cref="EmailVerified"/> says otherwise.</summary>
    [EmailAddress]
    [StringLength(254)]
    public string? Email { get; init; }

    /// <summary>Whether the e-mail address is verified.</summary>
    public bool? EmailVerified { get; init; }

    /// <summary>The phone number.</summary>
    [Phone]
    [StringLength(32)]
    public string? Phone { get; init; }

    /// <summary>The user name.</summary>
    [StringLength(64, MinimumLength = 1)]
    public string? Username { get; init; }

    /// <summary>The nickname.</summary>
    [StringLength(64)]
    public string? Nickname { get; init; }

    /// <summary>The company.</summary>
    [StringLength(128)]
    public string? Company { get; init; }

    /// <summary>The avatar URL.</summary>
    [Url]
    [StringLength(2048)]
    public string? Photo { get; init; }

    /// <summary>Whether the user is blocked (a blocked user cannot log in).</summary>
    public bool? Blocked { get; init; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Email is null && EmailVerified is null && Phone is null && Username is null && Nickname is null && Company is null && Photo is null && Blocked is null)
        {
            yield return new ValidationResult("Give at least one property to change.");
        }
    }
}
