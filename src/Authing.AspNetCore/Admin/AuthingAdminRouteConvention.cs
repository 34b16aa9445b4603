using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Authing.AspNetCore.Admin;

/// <summary>Moves the admin controller's routes under the configured prefix.</summary>
internal sealed class AuthingAdminRouteConvention(string routePrefix) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        foreach (ControllerModel controller in application.Controllers.Where(static controller => controller.ControllerType == typeof(AuthingAdminController)))
        {
            foreach (SelectorModel selector in controller.Selectors)
            {
                selector.AttributeRouteModel = new AttributeRouteModel { Template = routePrefix };
            }
        }
    }
}
