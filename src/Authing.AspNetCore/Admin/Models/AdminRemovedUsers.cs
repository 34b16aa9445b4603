namespace Authing.AspNetCore.Admin;

/// <summary>The ids Authing reports as deleted; ids of users that did not exist are left out.</summary>
public sealed record AdminRemovedUsers
{
    /// <summary>The deleted ids.</summary>
    public required IReadOnlyList<string> Removed { get; init; }
}
