using Microsoft.Extensions.DependencyInjection;

namespace IntegrationHub.Infrastructure.Observability;

/// <summary>Wraps the registered implementation of a service in a decorator (no container library needed).</summary>
internal static class ServiceDecoration
{
    /// <summary>Replaces the last registration of <typeparamref name="TService"/> (if any) by <paramref name="decorate"/> around it.</summary>
    public static bool Decorate<TService>(IServiceCollection services, Func<TService, IServiceProvider, TService> decorate)
        where TService : class
    {
        var index = -1;
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(TService) && !services[i].IsKeyedService)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return false;
        }

        var inner = services[index];
        services[index] = new ServiceDescriptor(typeof(TService), provider => decorate(Create<TService>(inner, provider), provider), inner.Lifetime);
        return true;
    }

    private static TService Create<TService>(ServiceDescriptor descriptor, IServiceProvider provider) => (TService)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
