using System.ComponentModel.DataAnnotations;

namespace Authing.AspNetCore.Admin;

/// <summary>The identifiers the exists route looks for, from the query string: at least one of them.</summary>
public sealed record AdminExistenceQuery : IValidatableObject
{
    /// <summary>An e-mail address.</summary>
    [EmailAddress]
    [StringLength(254)]
    public string? Email { get; init; }

    /// <summary>A phone number.</summary>
    [Phone]
    [StringLength(32)]
    public string? Phone { get; init; }

    /// <summary>A user name.</summary>
    [StringLength(64)]
    public string? Username { get; init; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Username))
        {
            yield return new ValidationResult("Give an e-mail address, a phone number or a user name.", [nameof(Email), nameof(Phone), nameof(Username)]);
        }
    }
}
