using System.Text;

namespace Authing.Emulator.Ldap;

/// <summary>Builds search filters from a template and user input, escaping the input as RFC 4515 requires.</summary>
internal static class LdapFilter
{
    /// <summary>Replaces every <c>{0}</c> in <paramref name="template"/> with the escaped <paramref name="value"/>.</summary>
    public static string Format(string template, string value) => template.Replace("{0}", Escape(value), StringComparison.Ordinal);

    /// <summary>
    /// Escapes the characters an assertion value may not hold literally (<c>*</c>, <c>(</c>, <c>)</c>, <c>\</c> and NUL)
    /// as a backslash and two hex digits, so that input can only ever be compared, never read as filter syntax.
    /// </summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var character in value)
        {
            _ = character switch
            {
                '*' => escaped.Append(@"\2a"),
                '(' => escaped.Append(@"\28"),
                ')' => escaped.Append(@"\29"),
                '\\' => escaped.Append(@"\5c"),
                '\0' => escaped.Append(@"\00"),
                _ => escaped.Append(character),
            };
        }

        return escaped.ToString();
    }
}
