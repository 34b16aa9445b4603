using System.Text.Json.Nodes;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec §6.1.2): a variable that is neither provided nor defaulted stays absent.</summary>
internal static class VariableCoercion
{
    public static Dictionary<string, object?> Coerce(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        JsonObject? provided,
        List<GraphQLError> errors)
    {
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name;
            var type = TypeResolution.FromNode(schema, definition.Type);
            if (type is null)
            {
                errors.Add(new GraphQLError($"Unknown type \"{definition.Type.Named.Name}\" for variable \"${name}\".", definition.Location));
                continue;
            }

            try
            {
                if (provided is not null && provided.TryGetPropertyValue(name, out var node))
                {
                    coerced[name] = InputCoercion.FromJson(node, type);
                }
                else if (definition.DefaultValue is not null)
                {
                    InputCoercion.TryFromLiteral(definition.DefaultValue, type, coerced, out var value);
                    coerced[name] = value;
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition.Location));
                }
            }
            catch (InputCoercionException e)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" got invalid value: {e.Message}", definition.Location));
            }
        }

        return coerced;
    }
}
