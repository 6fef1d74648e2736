/**
 * What read models share about being thrown away and rebuilt from the event log: the hook a read model
 * implements to finish a rebuild once its replay has caught up.
 */
package io.kiosk.projections.rebuild;
