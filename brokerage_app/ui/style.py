"""One calm style for the whole window: neutral greys, one blue accent, generous spacing."""

from __future__ import annotations

ACCENT = "#2b6cb0"

STYLE_SHEET = f"""
QMainWindow, QWidget {{ font-size: 10pt; color: #1a202c; }}
QMainWindow {{ background: #f7f8fa; }}
QStackedWidget > QWidget {{ background: #f7f8fa; }}
#sidebar {{
    background: #1f2a37; color: #e2e8f0; border: none; padding-top: 12px; font-size: 11pt;
}}
#sidebar::item {{ padding: 10px 18px; border-left: 3px solid transparent; }}
#sidebar::item:selected {{ background: #2d3b4e; color: white; border-left: 3px solid #63b3ed; }}
#sidebar::item:disabled {{ color: #6b7a90; }}
#pageTitle {{ font-size: 18pt; font-weight: bold; color: #1a202c; }}
#startTitle {{ font-size: 26pt; font-weight: bold; color: #1a202c; }}
#pageSubtitle {{ color: #4a5568; font-size: 10pt; }}
#sectionTitle {{ font-weight: bold; font-size: 11pt; color: #2d3748; padding: 4px 0; }}
#muted {{ color: #5a6577; }}
#dragHint {{ color: {ACCENT}; font-weight: bold; }}
#panel, #card {{
    background: white; border: 1px solid #dfe3ea; border-radius: 8px;
}}
#card {{ padding: 6px 10px; }}
#cardValue {{ font-size: 22pt; font-weight: bold; color: #1a202c; }}
#cardLabel {{ color: #4a5568; font-weight: bold; }}
#cardDetail {{ color: #5a6577; }}
#banner {{
    background: #ebf4ff; border: 1px solid #bcd6f5; border-radius: 6px; padding: 10px 14px;
    color: #1c4270;
}}
#warningBanner {{
    background: #fdecec; border: 1px solid #e7a3a3; border-radius: 6px; padding: 4px 8px;
}}
#warningText {{ color: #7a1d1d; }}
#emptyState {{ background: white; border: 1px dashed #c5ccd8; border-radius: 10px; }}
#emptyTitle {{ font-size: 16pt; font-weight: bold; color: #2d3748; }}
#emptyText {{ color: #4a5568; font-size: 11pt; }}
#taskPanel {{ background: white; border: 1px solid #dfe3ea; border-radius: 6px; }}
#taskMessage {{ color: #2d3748; }}
QPushButton {{
    background: white; border: 1px solid #c5ccd8; border-radius: 5px; padding: 6px 14px;
}}
QPushButton:hover {{ background: #f0f3f7; }}
QPushButton:disabled {{ color: #a0aab8; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid #245a93; }}
QPushButton#primary:hover {{ background: #245a93; }}
QPushButton#primary:disabled {{ background: #9bb8dc; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
    background: white; border: 1px solid #c5ccd8; border-radius: 4px; padding: 4px 6px;
}}
QLineEdit:focus {{ border: 1px solid {ACCENT}; }}
#scanField {{ padding: 10px; border: 2px solid {ACCENT}; border-radius: 6px; }}
QTableView, QListWidget {{
    background: white; border: 1px solid #dfe3ea; gridline-color: #e6e9ef;
    alternate-background-color: #f8f9fb; selection-background-color: #cfe0f5;
    selection-color: #1a202c;
}}
QListWidget::item {{ padding: 4px 6px; }}
#sidebar::item {{ padding: 10px 18px; }}
QHeaderView::section {{
    background: #eef1f5; border: none; border-right: 1px solid #dfe3ea;
    border-bottom: 1px solid #dfe3ea; padding: 4px 6px; font-weight: bold; color: #2d3748;
}}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ padding: 6px 14px; color: #4a5568; }}
QTabBar::tab:selected {{ color: #1a202c; border-bottom: 2px solid {ACCENT}; font-weight: bold; }}
QProgressBar {{ border: none; background: #e2e8f0; border-radius: 4px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
#previewList {{ background: #e9ecf1; }}
"""
