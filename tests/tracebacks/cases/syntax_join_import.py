import
sys
