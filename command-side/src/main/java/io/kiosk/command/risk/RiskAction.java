package io.kiosk.command.risk;

/** What a rule does when it fires: hold the payment for the back office, decline it, or nothing (rule off). */
public enum RiskAction { HOLD, DECLINE, OFF }
