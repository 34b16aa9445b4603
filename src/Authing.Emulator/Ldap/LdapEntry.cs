using System.DirectoryServices.Protocols;
using System.Text;
using System.Text.Json;

namespace Authing.Emulator.Ldap;

/// <summary>
/// A directory entry as the emulator keeps it: its DN and its text attributes, without password attributes and without
/// binary values (which do not decode as UTF-8).
/// </summary>
public sealed class LdapEntry
{
    private static readonly HashSet<string> SecretAttributes = new(StringComparer.OrdinalIgnoreCase) { "userPassword", "unicodePwd", "authPassword", "sambaNTPassword", "sambaLMPassword" };
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal LdapEntry(string dn, IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> attributes)
    {
        Dn = dn;
        Attributes = attributes;
    }

    /// <summary>The entry's distinguished name.</summary>
    public string Dn { get; }

    /// <summary>The attributes in the order the server sent them, each with its values.</summary>
    public IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> Attributes { get; }

    /// <summary>The first value of the attribute (names compare case-insensitively), or null.</summary>
    public string? First(string attribute)
    {
        foreach (var (name, values) in Attributes)
        {
            if (string.Equals(name, attribute, StringComparison.OrdinalIgnoreCase))
            {
                return values[0];
            }
        }

        return null;
    }

    /// <summary>
    /// The entry as Authing keeps it in the user's <c>oauth</c> field: <c>dn</c>, <c>controls</c>, then each attribute
    /// as a string, or an array when it has several values.
    /// </summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("dn", Dn);
            writer.WriteStartArray("controls");
            writer.WriteEndArray();
            foreach (var (name, values) in Attributes)
            {
                if (values.Count == 1)
                {
                    writer.WriteString(name, values[0]);
                    continue;
                }

                writer.WriteStartArray(name);
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static LdapEntry From(SearchResultEntry entry)
    {
        var attributes = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (DirectoryAttribute attribute in entry.Attributes.Values)
        {
            if (SecretAttributes.Contains(attribute.Name) || TextValues(attribute) is not { Count: > 0 } values)
            {
                continue;
            }

            attributes.Add(new(attribute.Name, values));
        }

        return new LdapEntry(entry.DistinguishedName, attributes);
    }

    private static List<string>? TextValues(DirectoryAttribute attribute)
    {
        try
        {
            return [.. attribute.GetValues(typeof(byte[])).Cast<byte[]>().Select(StrictUtf8.GetString)];
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
