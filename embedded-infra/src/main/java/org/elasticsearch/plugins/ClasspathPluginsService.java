package org.elasticsearch.plugins;

import org.elasticsearch.Build;
import org.elasticsearch.action.admin.cluster.node.info.PluginsAndModules;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PluginsService} whose plugins are plain classes already on the application class path,
 * instead of plugin bundles unpacked under {@code $ES_HOME/plugins} and {@code modules} with their own class loaders.
 *
 * <p>Why it lives in an Elasticsearch package: {@link PluginsService#plugins()} returns the package-private
 * record {@code PluginsService.LoadedPlugin}, and {@code loadPlugin}/{@code loadExtensions} are package-private too,
 * so this override can only be written inside {@code org.elasticsearch.plugins}. It works because the
 * module runs on the class path (the unnamed module), where split packages are allowed; it would not work if
 * Elasticsearch were put on the module path. Elasticsearch's own test framework does the same in its
 * {@code MockPluginsService}; this is a minimal version of it so that we need not depend on that test-only artifact.
 */
public final class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    /**
     * @param environment the node's environment (its settings and config directory are handed to each plugin)
     * @param pluginClasses plugin classes to instantiate, each with a public constructor taking
     *                      {@code (Settings)}, {@code (Settings, Path)} or no arguments
     */
    public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        // The loader handed to the superclass has no bundles: the superclass then loads nothing itself.
        super(environment.settings(), environment.configDir(), PluginsLoader.createPluginsLoader(Set.of(), Set.of(), Map.of(), false));
        Settings settings = environment.settings();
        List<LoadedPlugin> loaded = new ArrayList<>();
        for (Class<? extends Plugin> pluginClass : pluginClasses) {
            Plugin plugin = loadPlugin(pluginClass, settings, environment.configDir());
            loaded.add(new LoadedPlugin(descriptorOf(pluginClass), plugin, pluginClass.getClassLoader()));
        }
        loadExtensions(loaded);
        this.classpathPlugins = List.copyOf(loaded);
    }

    private static PluginDescriptor descriptorOf(Class<? extends Plugin> pluginClass) {
        return new PluginDescriptor(
            pluginClass.getName(),
            "class path plugin",
            "NA",
            Build.current().version(),
            Integer.toString(Runtime.version().feature()),
            pluginClass.getName(),
            null,
            List.of(),
            false,
            false,
            false,
            false
        );
    }

    /**
     * Loads each provider of {@code service} once. The superclass looks providers up in each plugin's class loader
     * and instantiates them once per plugin; here all plugins share the application class loader, so it would find
     * every provider once per plugin (and a singleton service would then count as "more than one").
     */
    @Override
    public <T> List<? extends T> loadServiceProviders(Class<T> service) {
        Map<Class<?>, T> byClass = new LinkedHashMap<>();
        for (T provider : super.loadServiceProviders(service)) {
            byClass.putIfAbsent(provider.getClass(), provider);
        }
        return List.copyOf(byClass.values());
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }

    @Override
    public PluginsAndModules info() {
        return new PluginsAndModules(
            classpathPlugins.stream().map(LoadedPlugin::descriptor).map(PluginRuntimeInfo::new).toList(),
            List.of()
        );
    }
}
