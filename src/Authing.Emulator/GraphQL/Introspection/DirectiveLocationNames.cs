using System.Text;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Introspection;

/// <summary>The spec's SCREAMING_CASE names of <see cref="DirectiveLocation"/> values.</summary>
internal static class DirectiveLocationNames
{
    public static string Of(DirectiveLocation location)
    {
        var pascal = location.ToString();
        var name = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                name.Append('_');
            }

            name.Append(char.ToUpperInvariant(pascal[i]));
        }

        return name.ToString();
    }
}
