"""Imports of people: LinkedIn's Connections.csv and vCards read into people, and planned against the stored contacts."""
