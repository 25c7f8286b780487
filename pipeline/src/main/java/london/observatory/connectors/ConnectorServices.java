package london.observatory.connectors;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import london.observatory.connectors.borough.RecordLocators;
import london.observatory.connectors.datastore.DatastoreResolver;
import london.observatory.connectors.statxplore.StatXploreSettings;
import london.observatory.disclosure.RecordKeyer;
import london.observatory.fetch.Fetcher;
import london.observatory.geography.Geography;
import london.observatory.normalise.SpineCrosswalks;

/**
 * What the connectors are built with, once per installation: the data directory, the fetcher with the
 * run's HTTP settings, the Datastore and Stat-Xplore clients' settings, secrets by name (API keys), the
 * clock, the spine with its crosswalks and record locators, and the keyer that gives each landed record its
 * disclosure key.
 */
public record ConnectorServices(
        Path dataDir,
        Fetcher fetcher,
        DatastoreResolver datastore,
        StatXploreSettings statXplore,
        UnaryOperator<String> secrets,
        Clock clock,
        Geography geography,
        SpineCrosswalks crosswalks,
        RecordLocators recordLocators,
        RecordKeyer recordKeyer) {}
