using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>CoerceArgumentValues (spec §6.4.1) for fields and directives.</summary>
internal static class ArgumentCoercion
{
    public static Dictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?> variables)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var argument = arguments.FirstOrDefault(a => a.Name == definition.Name);
            object? value = null;
            bool hasValue;
            try
            {
                hasValue = argument is not null && InputCoercion.TryFromLiteral(argument.Value, definition.Type, variables, out value);
            }
            catch (InputCoercionException e)
            {
                throw new InputCoercionException($"Argument \"{definition.Name}\" has invalid value: {e.Message}");
            }

            if (!hasValue && definition.HasDefaultValue)
            {
                coerced[definition.Name] = definition.DefaultValue;
            }
            else if (definition.Type is NonNullType && (!hasValue || value is null))
            {
                throw new InputCoercionException(!hasValue && argument?.Value is VariableNode variable
                    ? $"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name}\" which was not provided a runtime value."
                    : $"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.");
            }
            else if (hasValue)
            {
                coerced[definition.Name] = value;
            }
        }

        return coerced;
    }
}
