using Microsoft.AspNetCore.Mvc;

namespace Authing.Samples.Mvc.Controllers;

/// <summary>The start page.</summary>
public sealed class HomeController : Controller
{
    /// <summary>The start page: what the sample shows and where to begin.</summary>
    [HttpGet("/")]
    public IActionResult Index() => View();

    /// <summary>The page the exception handler shows instead of an error's details.</summary>
    [Route("/error")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error() => View();
}
