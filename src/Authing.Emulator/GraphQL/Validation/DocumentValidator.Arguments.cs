using Authing.Emulator.GraphQL.Execution;
using Authing.Emulator.GraphQL.Language;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Validation;

/// <summary>Argument and value rules: known, unique and required arguments, and literals of the correct type.</summary>
internal sealed partial class DocumentValidator
{
    private void WalkArguments(
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyList<InputValueDefinition>? definitions,
        string owner,
        string requiredOwner,
        SourceLocation ownerLocation,
        ValidationScope scope)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (!names.Add(argument.Name))
            {
                errors.Report($"There can be only one argument named \"{argument.Name}\".", argument.Location);
            }

            var definition = definitions?.FirstOrDefault(d => d.Name == argument.Name);
            if (definitions is not null && definition is null)
            {
                errors.Report($"Unknown argument \"{argument.Name}\" on {owner}.", argument.Location);
            }

            WalkValue(argument.Value, definition?.Type, definition?.HasDefaultValue ?? false, scope);
        }

        foreach (var required in definitions ?? [])
        {
            if (required.Type is NonNullType && !required.HasDefaultValue && !names.Contains(required.Name))
            {
                errors.Report($"{requiredOwner} argument \"{required.Name}\" of type \"{required.Type}\" is required, but it was not provided.", ownerLocation);
            }
        }
    }

    private void WalkValue(ValueNode value, GraphQLType? type, bool locationHasDefault, ValidationScope scope)
    {
        if (value is VariableNode variable)
        {
            scope.Usages.Add(new VariableUsage(variable, type, locationHasDefault));
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (value is NullValueNode)
            {
                errors.Report($"Expected value of type \"{type}\", found null.", value.Location);
                return;
            }

            type = nonNull.OfType;
        }

        switch (value, type)
        {
            case (NullValueNode, _):
                return;
            case (ListValueNode list, _):
                var itemType = type is ListType listType ? listType.OfType : null;
                if (type is not null and not ListType)
                {
                    errors.Report($"Expected value of type \"{type}\", found {ValuePrinter.Print(value)}.", value.Location);
                    itemType = null;
                }

                foreach (var item in list.Values)
                {
                    WalkValue(item, itemType, false, scope);
                }

                return;
            case (_, ListType single):
                WalkValue(value, single.OfType, false, scope);
                return;
            case (ObjectValueNode obj, _):
                WalkObjectValue(obj, type, scope);
                return;
            case (_, null):
                return;
            case (_, InputObjectType):
                errors.Report($"Expected value of type \"{type}\", found {ValuePrinter.Print(value)}.", value.Location);
                return;
            default:
                CheckLeafLiteral(value, type.Named);
                return;
        }
    }

    private void WalkObjectValue(ObjectValueNode obj, GraphQLType? type, ValidationScope scope)
    {
        var inputType = type as InputObjectType;
        if (type is not null && inputType is null)
        {
            errors.Report($"Expected value of type \"{type}\", found {ValuePrinter.Print(obj)}.", obj.Location);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (!names.Add(field.Name))
            {
                errors.Report($"There can be only one input field named \"{field.Name}\".", field.Location);
            }

            var definition = inputType?.Fields.FirstOrDefault(f => f.Name == field.Name);
            if (inputType is not null && definition is null)
            {
                errors.Report($"Field \"{field.Name}\" is not defined by type \"{inputType.Name}\".", field.Location);
            }

            WalkValue(field.Value, definition?.Type, definition?.HasDefaultValue ?? false, scope);
        }

        foreach (var required in inputType?.Fields ?? [])
        {
            if (required.Type is NonNullType && !required.HasDefaultValue && !names.Contains(required.Name))
            {
                errors.Report($"Field \"{inputType!.Name}.{required.Name}\" of required type \"{required.Type}\" was not provided.", obj.Location);
            }
        }
    }

    private void CheckLeafLiteral(ValueNode value, NamedType type)
    {
        try
        {
            InputCoercion.TryFromLiteral(value, type, EmptyVariables, out _);
        }
        catch (InputCoercionException e)
        {
            errors.Report(e.Message, value.Location);
        }
    }

    private static readonly Dictionary<string, object?> EmptyVariables = [];
}
