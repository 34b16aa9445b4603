namespace Authing.AspNetCore.Client;

/// <summary>Removes secrets, passwords and tokens a request carried from texts Authing sends back (a validation error may echo a value).</summary>
internal sealed class SensitiveText(IEnumerable<string?> values)
{
    public const string Mask = "***";

    public static readonly SensitiveText None = new([]);

    private readonly string[] values = [.. values.OfType<string>().Where(value => value.Length > 0)];

    public string Redact(string text) =>
        values.Aggregate(text, (redacted, value) => redacted.Replace(value, Mask, StringComparison.Ordinal));
}
