"""Printed documents: run sheets, checklists, agendas and calendar events."""
