using System.Globalization;
using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>Result coercion of leaf values (spec §3.5, §3.9): null when the value cannot be represented.</summary>
internal static class OutputSerialization
{
    public static JsonValue? Serialize(NamedType type, object value)
    {
        if (type is EnumType enumType)
        {
            var name = value is string or Enum ? value.ToString() : null;
            return enumType.Values.Any(v => v.Name == name) ? JsonValue.Create(name) : null;
        }

        if (type == ScalarType.Int)
        {
            return AsInt(value) is { } number ? JsonValue.Create(number) : null;
        }

        if (type == ScalarType.Float)
        {
            return AsDouble(value) is { } number && double.IsFinite(number) ? JsonValue.Create(number) : null;
        }

        if (type == ScalarType.Boolean)
        {
            return value is bool boolean ? JsonValue.Create(boolean) : null;
        }

        if (type == ScalarType.ID)
        {
            return value switch
            {
                string id => JsonValue.Create(id),
                int or long or Guid => JsonValue.Create(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
                _ => null,
            };
        }

        return value switch
        {
            string text => JsonValue.Create(text),
            bool boolean => JsonValue.Create(boolean ? "true" : "false"),
            Enum or char => JsonValue.Create(value.ToString()),
            IFormattable formattable => JsonValue.Create(formattable.ToString(null, CultureInfo.InvariantCulture)),
            _ => null,
        };
    }

    private static int? AsInt(object value) => value switch
    {
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        short s => s,
        byte b => b,
        double d when Math.Floor(d) == d && d is >= int.MinValue and <= int.MaxValue => (int)d,
        _ => null,
    };

    private static double? AsDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal m => (double)m,
        _ => AsInt(value),
    };
}
