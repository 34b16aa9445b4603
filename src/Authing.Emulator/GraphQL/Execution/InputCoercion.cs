using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>
/// Input coercion (spec §3.5, §3.10-3.12): JSON variable values and literals become the CLR shapes resolvers
/// receive. Throws <see cref="InputCoercionException"/> when a value does not fit its type.
/// </summary>
internal static class InputCoercion
{
    /// <summary>Coerces a JSON variable value; <paramref name="node"/> is null for JSON null.</summary>
    public static object? FromJson(JsonNode? node, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return node is null
                ? throw new InputCoercionException($"Expected non-nullable type \"{type}\" not to be null.")
                : FromJson(node, nonNull.OfType);
        }

        switch (node)
        {
            case null:
                return null;
            case JsonArray array when type is ListType listType:
                return array.Select((item, i) => FromJsonItem(item, listType.OfType, i)).ToList();
            case not null when type is ListType listType:
                return new List<object?> { FromJson(node, listType.OfType) };
            case JsonObject obj when type is InputObjectType inputType:
                return InputObjectFromJson(obj, inputType);
            case JsonValue value when type is ScalarType or EnumType:
                return LeafFromJson(value, (NamedType)type);
            default:
                throw new InputCoercionException($"Expected type \"{type}\", found {node.ToJsonString()}.");
        }
    }

    /// <summary>
    /// Coerces a literal. Returns false when the literal is a variable that was not provided (the value is then
    /// absent); throws when the literal does not fit.
    /// </summary>
    public static bool TryFromLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?> variables, out object? value)
    {
        if (node is VariableNode variable)
        {
            return variables.TryGetValue(variable.Name, out value);
        }

        value = FromLiteral(node, type, variables);
        return true;
    }

    private static object? FromJsonItem(JsonNode? item, GraphQLType type, int index)
    {
        try
        {
            return FromJson(item, type);
        }
        catch (InputCoercionException e)
        {
            throw new InputCoercionException($"At index {index}: {e.Message}");
        }
    }

    private static Dictionary<string, object?> InputObjectFromJson(JsonObject obj, InputObjectType type)
    {
        var unknown = obj.Select(p => p.Key).FirstOrDefault(k => type.Fields.All(f => f.Name != k));
        if (unknown is not null)
        {
            throw new InputCoercionException($"Field \"{unknown}\" is not defined by type \"{type.Name}\".");
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (obj.TryGetPropertyValue(field.Name, out var fieldNode))
            {
                try
                {
                    result[field.Name] = FromJson(fieldNode, field.Type);
                }
                catch (InputCoercionException e)
                {
                    throw new InputCoercionException($"At field \"{field.Name}\": {e.Message}");
                }
            }
            else
            {
                AddDefault(result, field, type);
            }
        }

        return result;
    }

    private static void AddDefault(Dictionary<string, object?> result, InputValueDefinition field, InputObjectType type)
    {
        if (field.HasDefaultValue)
        {
            result[field.Name] = field.DefaultValue;
        }
        else if (field.Type is NonNullType)
        {
            throw new InputCoercionException($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.");
        }
    }

    private static object LeafFromJson(JsonValue value, NamedType type)
    {
        var kind = value.GetValueKind();
        object? result = (type, kind) switch
        {
            (EnumType enumType, JsonValueKind.String) => EnumValue(enumType, value.GetValue<string>()),
            _ when type == ScalarType.String && kind == JsonValueKind.String => value.GetValue<string>(),
            _ when type == ScalarType.ID && kind == JsonValueKind.String => value.GetValue<string>(),
            _ when type == ScalarType.Boolean && kind is JsonValueKind.True or JsonValueKind.False => kind == JsonValueKind.True,
            _ when kind == JsonValueKind.Number => NumberFromText(value.ToJsonString(), type),
            _ => null,
        };
        return result ?? throw new InputCoercionException($"{type.Name} cannot represent {Describe(value, type)}: {value.ToJsonString()}");
    }

    private static string Describe(JsonValue value, NamedType type)
        => type == ScalarType.Int && value.GetValueKind() == JsonValueKind.Number ? "non-integer or non 32-bit value" : "value";

    private static object? NumberFromText(string text, NamedType type)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return null;
        }

        var integral = Math.Floor(number) == number && number is >= int.MinValue and <= int.MaxValue;
        if (type == ScalarType.Int)
        {
            return integral ? (int)number : null;
        }

        if (type == ScalarType.ID)
        {
            var digits = text.StartsWith('-') ? text[1..] : text;
            return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? text : null;
        }

        return type == ScalarType.Float ? number : null;
    }

    private static string? EnumValue(EnumType type, string name) => type.Values.Any(v => v.Name == name) ? name : null;

    private static object? FromLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?> variables)
    {
        if (type is NonNullType nonNull)
        {
            return node is NullValueNode
                ? throw new InputCoercionException($"Expected value of non-null type \"{type}\", found null.")
                : FromLiteral(node, nonNull.OfType, variables);
        }

        return (node, type) switch
        {
            (NullValueNode, _) => null,
            (ListValueNode list, ListType listType) => list.Values.Select(item => ListItem(item, listType.OfType, variables)).ToList(),
            (_, ListType listType) => new List<object?> { ListItem(node, listType.OfType, variables) },
            (ObjectValueNode obj, InputObjectType inputType) => InputObjectFromLiteral(obj, inputType, variables),
            (_, ScalarType or EnumType) => LeafFromLiteral(node, (NamedType)type),
            _ => throw new InputCoercionException($"Expected value of type \"{type}\"."),
        };
    }

    private static object? ListItem(ValueNode item, GraphQLType itemType, IReadOnlyDictionary<string, object?> variables)
    {
        if (TryFromLiteral(item, itemType, variables, out var value))
        {
            return value is null && itemType is NonNullType
                ? throw new InputCoercionException($"Expected value of non-null type \"{itemType}\", found null.")
                : value;
        }

        return itemType is NonNullType
            ? throw new InputCoercionException($"Expected value of non-null type \"{itemType}\", but a variable was not provided.")
            : null;
    }

    private static Dictionary<string, object?> InputObjectFromLiteral(ObjectValueNode obj, InputObjectType type, IReadOnlyDictionary<string, object?> variables)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldNode = obj.Fields.FirstOrDefault(f => f.Name == field.Name);
            if (fieldNode is not null && TryFromLiteral(fieldNode.Value, field.Type, variables, out var value))
            {
                result[field.Name] = value is null && field.Type is NonNullType
                    ? throw new InputCoercionException($"Field \"{type.Name}.{field.Name}\" of non-null type \"{field.Type}\" must not be null.")
                    : value;
            }
            else
            {
                AddDefault(result, field, type);
            }
        }

        var unknown = obj.Fields.FirstOrDefault(f => type.Fields.All(d => d.Name != f.Name));
        return unknown is null
            ? result
            : throw new InputCoercionException($"Field \"{unknown.Name}\" is not defined by type \"{type.Name}\".");
    }

    private static object LeafFromLiteral(ValueNode node, NamedType type)
    {
        object? result = (node, type) switch
        {
            (EnumValueNode e, EnumType enumType) => EnumValue(enumType, e.Value),
            (StringValueNode s, _) when type == ScalarType.String || type == ScalarType.ID => s.Value,
            (BooleanValueNode b, _) when type == ScalarType.Boolean => b.Value,
            (IntValueNode i, _) when type == ScalarType.Int || type == ScalarType.ID || type == ScalarType.Float => NumberFromText(i.Value, type),
            (FloatValueNode f, _) when type == ScalarType.Float => NumberFromText(f.Value, type),
            _ => null,
        };
        return result ?? throw new InputCoercionException(LiteralError(node, type));
    }

    private static string LiteralError(ValueNode node, NamedType type)
    {
        var printed = Language.ValuePrinter.Print(node);
        if (type is EnumType)
        {
            return node is EnumValueNode
                ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum."
                : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.";
        }

        return type.Name switch
        {
            "Int" when node is IntValueNode => $"Int cannot represent non 32-bit signed integer value: {printed}",
            "Int" => $"Int cannot represent non-integer value: {printed}",
            "Float" => $"Float cannot represent non numeric value: {printed}",
            "Boolean" => $"Boolean cannot represent a non boolean value: {printed}",
            "ID" => $"ID cannot represent a non-string and non-integer value: {printed}",
            _ => $"String cannot represent a non string value: {printed}",
        };
    }
}
