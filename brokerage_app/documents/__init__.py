"""PDF builders (reportlab + qrcode): badges, agendas, table sheets, reports. No Qt."""
