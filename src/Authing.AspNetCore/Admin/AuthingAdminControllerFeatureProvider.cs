using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Authing.AspNetCore.Admin;

/// <summary>Adds the admin controller to the app's controllers; it is internal, so MVC's discovery alone never picks it up.</summary>
internal sealed class AuthingAdminControllerFeatureProvider : IApplicationFeatureProvider<ControllerFeature>
{
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        TypeInfo controller = typeof(AuthingAdminController).GetTypeInfo();
        if (!feature.Controllers.Contains(controller))
        {
            feature.Controllers.Add(controller);
        }
    }
}
