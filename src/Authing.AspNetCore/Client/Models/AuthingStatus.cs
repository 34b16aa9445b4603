namespace Authing.AspNetCore.Client;

/// <summary>Authing's common answer <c>{message, code, status}</c>.</summary>
public sealed record AuthingStatus
{
    /// <summary>The message.</summary>
    public string? Message { get; init; }

    /// <summary>The code (200 for success, <see langword="null"/> when Authing sends none).</summary>
    public int? Code { get; init; }

    /// <summary>Whether the operation succeeded, when Authing says.</summary>
    public bool? Status { get; init; }
}
